: > responses/2018/skoleleder.csv
