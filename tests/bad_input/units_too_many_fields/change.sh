sed -i "5s/$/,x/" units.csv
