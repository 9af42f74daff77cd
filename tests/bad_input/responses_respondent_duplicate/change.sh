sed -i "3s/^r0000002,/r0000001,/" responses/2016/skoleleder.csv
