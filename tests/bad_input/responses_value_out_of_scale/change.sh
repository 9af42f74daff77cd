sed -i "2s/^\(r0000001,s-fjellvik-01\),5,/\1,7,/" responses/2016/skoleleder.csv
