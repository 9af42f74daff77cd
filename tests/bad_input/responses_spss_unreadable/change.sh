rm responses/2016/skoleleder.csv
