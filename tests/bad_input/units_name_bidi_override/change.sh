sed -i "4s/,Fjellvik skole,/,\xe2\x80\xaeeloks kivllejF,/" units.csv
