sed -i "2s/^r0000001,/01010012356,/" responses/2016/skoleleder.csv
