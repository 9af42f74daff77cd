sed -i "4s/,Fjellvik skole,/,\"Fjellvik skole,/" units.csv
