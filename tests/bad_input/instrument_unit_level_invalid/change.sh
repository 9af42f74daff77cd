sed -i "s/\"unit_level\": \"school\"/\"unit_level\": \"municipality\"/" instruments/skoleleder.json
