sed -i "4s/,Fjellvik skole,/,,/" units.csv
