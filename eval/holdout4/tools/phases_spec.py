# (file, line, phase) as judged by reading; time and text_start are extracted from the file.
SPEC = {
 'm01': [(12,'other'),(13,'detection'),(14,'investigation'),(15,'misleading'),(16,'investigation'),(17,'escalation'),(18,'investigation'),(19,'mitigation'),(20,'mitigation'),(21,'mitigation'),(22,'resolution')],
 'm02': [(13,'detection'),(14,'investigation'),(15,'misleading'),(16,'investigation'),(17,'investigation'),(18,'investigation'),(19,'mitigation'),(20,'mitigation'),(21,'escalation'),(22,'resolution'),(23,'other')],
 'm03': [(7,'detection'),(8,'escalation'),(9,'misleading'),(10,'misleading'),(11,'misleading'),(12,'investigation'),(13,'investigation'),(14,'escalation'),(15,'mitigation'),(16,'mitigation'),(17,'resolution')],
 'm04': [(11,'other'),(12,'detection'),(13,'investigation'),(14,'misleading'),(15,'misleading'),(16,'escalation'),(17,'investigation'),(18,'mitigation'),(19,'mitigation'),(20,'resolution'),(21,'other')],
 'm05': [(9,'other'),(12,'detection'),(15,'misleading'),(18,'misleading'),(21,'misleading'),(24,'mitigation'),(27,'investigation'),(30,'escalation'),(33,'mitigation'),(36,'resolution')],
 'm06': [(9,'other'),(10,'detection'),(11,'investigation'),(12,'misleading'),(13,'escalation'),(14,'investigation'),(15,'mitigation'),(16,'mitigation'),(17,'resolution'),(18,'other')],
 'm07': [(9,'detection'),(10,'investigation'),(13,'misleading'),(16,'misleading'),(17,'investigation'),(18,'escalation'),(19,'mitigation'),(21,'mitigation'),(22,'resolution')],
 'm09': [(9,'detection'),(10,'investigation'),(11,'misleading'),(12,'misleading'),(13,'investigation'),(14,'escalation'),(15,'investigation'),(16,'mitigation'),(17,'resolution')],
 'm10': [(9,'detection'),(10,'misleading'),(11,'misleading'),(12,'investigation'),(13,'escalation'),(14,'investigation'),(15,'mitigation'),(16,'mitigation'),(17,'resolution'),(18,'other')],
 'm11': [(14,'other'),(15,'other'),(16,'detection'),(17,'investigation'),(18,'misleading'),(19,'investigation'),(20,'mitigation'),(21,'escalation'),(22,'mitigation'),(23,'resolution'),(24,'other')],
 'm12': [(7,'detection'),(8,'investigation'),(9,'misleading'),(10,'misleading'),(11,'investigation'),(12,'escalation'),(13,'mitigation'),(14,'mitigation'),(15,'resolution')],
}
# detection method and line (the entry that says how it was detected)
DETECTION = {
 'm01': ('monitoring',13), 'm02': ('customer',13), 'm03': ('customer',7), 'm04': ('monitoring',12),
 'm05': ('monitoring',12), 'm06': ('customer',10), 'm07': ('customer',9), 'm09': ('customer',9),
 'm10': ('monitoring',9), 'm11': ('engineer',16), 'm12': ('customer',7),
}
