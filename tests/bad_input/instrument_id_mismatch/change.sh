sed -i "s/\"id\": \"skoleleder\"/\"id\": \"skoleledere\"/" instruments/skoleleder.json
