sed -i "3s/,4,4$/,4,4\r/" responses/2016/skoleleder.csv; printf "r0000009,s-fjellvik-01,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\r" >> responses/2016/skoleleder.csv
