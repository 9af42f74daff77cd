sed -i "3s/,4,4$/,4/" responses/2016/skoleleder.csv
