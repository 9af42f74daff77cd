rm -r instruments
