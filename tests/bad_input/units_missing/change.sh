rm units.csv
