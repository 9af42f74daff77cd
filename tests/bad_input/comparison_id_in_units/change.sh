echo "norge,testfylke,municipality,Norge,," >> units.csv
