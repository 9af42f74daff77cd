sed -i "s/\"scale\": {\"min\": 1, \"max\": 5,/\"scale\": {\"min\": 5, \"max\": 1,/" instruments/skoleleder.json
