sed -i "2s/,40.9$/,\"40,9\"/; 3s/,0.31$/,31 %/" indicators.csv
