sed -i "s/{\"id\": \"sl_02\",/{\"id\": \"unit\",/" instruments/skoleleder.json
