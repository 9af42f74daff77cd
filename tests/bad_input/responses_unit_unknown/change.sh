sed -i "2s/^r0000001,s-fjellvik-01,/r0000001,s-fjellvik-1,/" responses/2016/skoleleder.csv
