mkdir responses/2016/laerer.csv.d && rm responses/2016/laerer.csv && mv responses/2016/laerer.csv.d responses/2016/laerer.csv
