sed -i 's/^\(k-fjellvik,2016,gjennomforing,all,\)0\.\([0-9]*\)$/\1\2/' indicators.csv
