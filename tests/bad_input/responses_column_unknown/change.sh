sed -i "1s/,sl_28$/,sl_28,sl_29/; 2,\$s/$/,3/" responses/2016/skoleleder.csv
