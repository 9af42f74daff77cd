sed -i "3s/,testfylke,municipality,/,,county,/" units.csv
