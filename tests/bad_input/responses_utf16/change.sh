iconv -f UTF-8 -t UTF-16 responses/2016/skoleleder.csv > r && mv r responses/2016/skoleleder.csv
