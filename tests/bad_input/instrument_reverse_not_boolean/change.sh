sed -i "0,/\"reverse\": true/s//\"reverse\": \"ja\"/" instruments/skoleleder.json
