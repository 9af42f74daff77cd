sed -i "2,\$s/,[1-5],/,6,/g" responses/2016/elev_5_10.csv
