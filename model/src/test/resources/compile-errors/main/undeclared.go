package main // want(model) 9: function main is undeclared in the main package
