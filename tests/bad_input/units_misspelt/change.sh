mv units.csv units.cvs
