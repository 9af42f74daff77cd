sed -i "s/{\"id\": \"sl_02\",/{\"id\": \"sl_01\",/" instruments/skoleleder.json
