sed -i "s/,sl_28$//; 2,\$s/,[^,]*$//" responses/2016/skoleleder.csv
