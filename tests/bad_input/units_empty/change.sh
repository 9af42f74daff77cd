: > units.csv
