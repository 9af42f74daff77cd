sed -i "s/,grade,enrolled$/,enrolled/; 2,\$s/,[^,]*,\([^,]*\)$/,\1/" units.csv
