namespace Thuisbasis.Preview;
