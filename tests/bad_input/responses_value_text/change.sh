sed -i "3s/^\(r0000002,s-fjellvik-02\),5,/\1,fem,/" responses/2016/skoleleder.csv
