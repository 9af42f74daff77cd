sed -i "2s/^\(r0000001,c-fjellvik-01-1a,M\),1,/\1,11,/; 3s/^\(r0000002,c-fjellvik-01-1a,F\),1,/\1,5,/" responses/2016/elev_1_4.csv
