mv responses/2016/skoleleder.csv responses/2016/skoleleer.csv
