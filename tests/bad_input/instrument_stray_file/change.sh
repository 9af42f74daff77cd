printf "notater\n" > instruments/notater.txt
