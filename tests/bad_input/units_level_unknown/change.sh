sed -i "4s/,school,/,skole,/" units.csv
