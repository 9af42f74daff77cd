iconv -f UTF-8 -t WINDOWS-1252 units.csv | sed "s/,/;/g; s/\$/;\r/; 5s/;1;7;/;1;sju;/" > u && mv u units.csv
