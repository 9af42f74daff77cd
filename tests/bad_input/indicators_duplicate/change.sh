sed -n 2p indicators.csv >> indicators.csv
