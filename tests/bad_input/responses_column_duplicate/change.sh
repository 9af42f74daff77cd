sed -i "1s/,sl_02,/,sl_01,/" responses/2016/skoleleder.csv
