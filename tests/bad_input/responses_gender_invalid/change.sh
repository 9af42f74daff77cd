sed -i "2s/^\(r0000001,c-fjellvik-01-1a\),M,/\1,K,/" responses/2016/elev_1_4.csv
