sed -i "2s/^r0000001,/r00\x0000001,/" responses/2016/skoleleder.csv
