printf "unit,name,email,language\nc-fjellvik-01-1a,Kari Nordmann,kari.nordmann@,nb\ns-fjellvik-01,Per,per@example.no,se\n" > contacts.csv
