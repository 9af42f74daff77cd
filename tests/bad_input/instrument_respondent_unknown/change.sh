sed -i "s/\"respondent\": \"leader\"/\"respondent\": \"rektor\"/" instruments/skoleleder.json
