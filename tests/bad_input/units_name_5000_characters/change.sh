name=$(head -c 5000 /dev/zero | tr "\\000" "A"); sed -i "4s/,Fjellvik skole,/,$name,/" units.csv
