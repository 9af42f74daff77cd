sed -i "1s/\$/,/; 2,\$s/\$/,/; 7s/,\$/,x/" units.csv
