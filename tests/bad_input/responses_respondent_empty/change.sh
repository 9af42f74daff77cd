sed -i "3s/^r0000002,/,/" responses/2016/skoleleder.csv
