sed -i "1s/,name,/,navn,/" units.csv
