CREATE INDEX "ix_contacts_decision_at" ON "contacts" ("decision_at");
