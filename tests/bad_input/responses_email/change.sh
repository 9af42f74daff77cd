sed -i "2s/^r0000001,/ola.nordmann@skole.no,/" responses/2016/skoleleder.csv
